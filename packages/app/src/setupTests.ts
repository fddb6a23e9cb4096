import '@testing-library/jest-dom';

// Rendering the whole app on a cold CI machine beside other suites can take
// longer than jest's 5 s: a guard against a hang, not a speed target.
jest.setTimeout(120_000);
