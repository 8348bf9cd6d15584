/**
 * Journey maps: journeys per persona, their versions (one as-is, to-be drafts, superseded history), and each
 * version's ordered stage columns and touchpoint cards; JSON documents to export and import a journey.
 */
package org.cxloop.journey.map;
