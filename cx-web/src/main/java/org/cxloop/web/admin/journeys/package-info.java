/**
 * Admin screens for journey maps: create, rename, archive, delete, import and export journeys; start, compare,
 * promote and drop to-be drafts; place, reorder (drag or arrow buttons), archive, restore and remove stages and
 * touchpoint cards. Every change is a plain form post; journey-editor.js only saves reloads where JavaScript runs.
 */
package org.cxloop.web.admin.journeys;
