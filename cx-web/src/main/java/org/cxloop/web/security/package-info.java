/** Who gets in: form sign-in for people, bearer API keys for systems, and the security headers every page carries. */
package org.cxloop.web.security;
