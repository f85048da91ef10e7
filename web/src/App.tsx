import { lazy, Suspense } from 'react';
import { href, useRoute } from './router.js';
import { StoriesPage } from './pages/StoriesPage.js';
import { Loading } from './components/Status.js';

// The stories list is the first view and is bundled with the shell; the other pages (with the graph library,
// the map projection and the world atlas) are separate chunks fetched when first opened, so the first load
// parses a fraction of the code.
const StoryPage = lazy(() => import('./pages/StoryPage.js').then((m) => ({ default: m.StoryPage })));
const DocumentPage = lazy(() => import('./pages/DocumentPage.js').then((m) => ({ default: m.DocumentPage })));
const EntityPage = lazy(() => import('./pages/EntityPage.js').then((m) => ({ default: m.EntityPage })));
const AnalyzePage = lazy(() => import('./pages/AnalyzePage.js').then((m) => ({ default: m.AnalyzePage })));

export function App() {
  const route = useRoute();
  return (
    <>
      <header className="top">
        <a className="brand" href={href.stories()}>newsgraph</a>
        <nav>
          <a href={href.stories()} className={route.page === 'stories' ? 'active' : ''}>Stories</a>
          <a href={href.analyze()} className={route.page === 'analyze' ? 'active' : ''}>Analyse</a>
        </nav>
      </header>
      <main>
        <Suspense fallback={<Loading />}>
          {route.page === 'stories' && <StoriesPage q={route.q} />}
          {route.page === 'story' && <StoryPage id={route.id!} />}
          {route.page === 'document' && <DocumentPage id={route.id!} />}
          {route.page === 'entity' && <EntityPage id={route.id!} />}
          {route.page === 'analyze' && <AnalyzePage />}
        </Suspense>
      </main>
    </>
  );
}
