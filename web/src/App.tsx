import { href, useRoute } from './router.js';
import { StoriesPage } from './pages/StoriesPage.js';
import { StoryPage } from './pages/StoryPage.js';
import { DocumentPage } from './pages/DocumentPage.js';
import { EntityPage } from './pages/EntityPage.js';
import { AnalyzePage } from './pages/AnalyzePage.js';

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
        {route.page === 'stories' && <StoriesPage q={route.q} />}
        {route.page === 'story' && <StoryPage id={route.id!} />}
        {route.page === 'document' && <DocumentPage id={route.id!} />}
        {route.page === 'entity' && <EntityPage id={route.id!} />}
        {route.page === 'analyze' && <AnalyzePage />}
      </main>
    </>
  );
}
