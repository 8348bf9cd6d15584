/** The people who operate CX Loop: admins and CX managers, their roles and their sign-in credentials. */
package org.cxloop.core.user;
