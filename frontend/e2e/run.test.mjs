// Node 20's `node --test <dir>` only picks files named like *.test.mjs, so this entry point loads the e2e suite.
import './status.e2e.mjs';
import './catalog.e2e.mjs';
import './account.e2e.mjs';
import './cart.e2e.mjs';
import './checkout.e2e.mjs';
import './payments.e2e.mjs';
import './admin.e2e.mjs';
