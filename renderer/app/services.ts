import { createContext, useContext } from 'react';
import type { TemplateRegistry } from '../../engine/index.ts';
import type { PlatformAdapter } from '../platform/platform-adapter.ts';
import type { SimulationClient } from '../simulation/simulation-client.ts';

/** What the app is given by its host (browser or Electron; tests give fakes). */
export type Services = {
  platform: PlatformAdapter;
  simulation: SimulationClient;
  templates: TemplateRegistry;
  today: () => string;
};

export const ServicesContext = createContext<Services | undefined>(undefined);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices needs a <ServicesContext.Provider>');
  return services;
}
