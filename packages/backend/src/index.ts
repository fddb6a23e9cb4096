// The production backend: the portal with nothing of the demo in it.
import { createPortalBackend } from './portal';

createPortalBackend().start();
