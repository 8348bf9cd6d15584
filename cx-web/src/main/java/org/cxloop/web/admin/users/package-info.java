/** Admin screens for the people who sign in: add, change role, disable, reset password. */
package org.cxloop.web.admin.users;
