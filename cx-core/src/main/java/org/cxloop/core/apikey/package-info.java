/** API keys: bearer secrets that admins issue to other systems, stored only as hashes, revocable at any time. */
package org.cxloop.core.apikey;
