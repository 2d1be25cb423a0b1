// First, so the worker starts before the rest of the bundle is evaluated (see start-worker.ts).
import { simulationWorker } from './simulation/start-worker.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { parseProject, type Project } from '../engine/index.ts';
import { App } from './app/App.tsx';
import { builtinTemplates } from './app/builtin-templates.ts';
import { DesktopHost } from './app/DesktopHost.tsx';
import { exampleProject } from './app/example-project.ts';
import { ServicesContext, type Services } from './app/services.ts';
import { choosePlatform } from './platform/choose-platform.ts';
import { createSimulationClient, type WorkerLike } from './simulation/simulation-client.ts';
import { createFathomStore } from './state/store.ts';
import { StoreContext } from './state/use-fathom.ts';
import './styles.css';
import './charts/charts.css';

const today = () => new Date().toISOString().slice(0, 10);

async function start(): Promise<void> {
  const platform = choosePlatform();
  const templates = builtinTemplates;
  let project: Project;
  const session = await platform.loadSession();
  try {
    project = session ? parseProject(session) : exampleProject(templates, today());
  } catch {
    project = exampleProject(templates, today());
  }
  const services: Services = {
    platform,
    templates,
    today,
    simulation: createSimulationClient(simulationWorker as unknown as WorkerLike),
  };
  const store = createFathomStore(project);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ServicesContext.Provider value={services}>
        <StoreContext.Provider value={store}>
          <App />
          <DesktopHost />
        </StoreContext.Provider>
      </ServicesContext.Provider>
    </StrictMode>,
  );
}

void start();
