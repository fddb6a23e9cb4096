import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// The tests wait for what the user would see, never for a speed: a cold CI
// machine running other suites beside these can take seconds to render a
// table, so the find and waitFor calls wait up to 20 s rather than RTL's 1 s.
configure({ asyncUtilTimeout: 20_000 });
// And each test as a whole gets as long, not jest's 5 s: a guard against a
// hang, not a speed target (those live in bench/).
jest.setTimeout(120_000);
