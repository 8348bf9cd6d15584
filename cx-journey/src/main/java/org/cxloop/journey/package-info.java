/**
 * Journey maps per persona: ordered stages, touchpoints, expectations, moments of truth, as-is and to-be versions.
 *
 * <p>Decisions, so the next reader need not rediscover them:
 * <ul>
 * <li>The core holds the operational stages and touchpoints that interactions and survey responses refer to. A map
 * version holds its own stage columns and touchpoint cards (name, channel, owner team, expectation, expected CSAT
 * 1-5, moment of truth, pain points) and names core records by code. Placing a stage or touchpoint whose code the
 * core does not know creates it there; a known code is reused untouched, because other maps may share it.</li>
 * <li>A journey has exactly one AS_IS version, any number of TO_BE drafts (copies of the as-is when started) and
 * SUPERSEDED versions. Promoting a draft makes it the as-is and the former as-is superseded: read-only, never
 * deleted. Versions change under a row lock on the journey, so two promotions cannot leave two as-is maps.</li>
 * <li>Nothing historical is lost: the as-is map refuses to drop a touchpoint (or a stage holding one) that has
 * interactions or survey responses; teams archive the card or stage instead (it leaves the active map, metrics and
 * editor columns but stays in the version, its drafts and its export, and can be restored), or drop it in a draft
 * and promote, which keeps the old map readable. Archived cards keep their last position, so an export lists them
 * where they stood; only active cards are renumbered when the order changes. A
 * journey whose versions place such a touchpoint cannot be deleted; it is archived instead. Core stages and
 * touchpoints are never deleted by this module. Whether a touchpoint has history comes from
 * {@code Touchpoints.historyCount}, which sums what each module that records facts reports, so this module needs
 * no other module than the core.</li>
 * <li>A comparison matches touchpoints by code: added, removed, or moved to a stage with another code.</li>
 * <li>Export and import use a {@code JourneyDocument} without database ids; import always creates a new journey.</li>
 * </ul>
 */
package org.cxloop.journey;
