// Tests here start servers and real processes; on a cold CI machine running
// other suites beside them that can take longer than jest's 5 s. A guard
// against a hang, not a speed target (those live in bench/).
jest.setTimeout(60_000);

export {};
