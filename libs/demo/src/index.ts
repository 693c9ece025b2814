export { seedDemoCases, DEFAULT_DEMO_COUNT, type SeedDemoOptions, type SeedDemoResult } from './seed-demo-cases';
export { simpleDemoActors, type DemoActors } from './demo-actors';
export { demoClock, type DemoClock } from './demo-clock';
