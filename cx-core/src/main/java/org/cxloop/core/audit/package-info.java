/** The audit log: who changed what, and when, kept for admins to read and filter. */
package org.cxloop.core.audit;
