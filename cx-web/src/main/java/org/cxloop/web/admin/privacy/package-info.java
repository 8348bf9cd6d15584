/** Admin screen for data-access and erasure requests. */
package org.cxloop.web.admin.privacy;
