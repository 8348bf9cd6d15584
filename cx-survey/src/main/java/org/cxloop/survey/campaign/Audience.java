package org.cxloop.survey.campaign;

/** Who a campaign invites. */
public enum Audience {
    /** Every active customer. */
    EVERYONE,
    /** Active customers of one segment (buyer persona). */
    SEGMENT,
    /** Customers with an interaction at the campaign's touchpoint in a date range. */
    INTERACTION,
    /** The customers on a list the admin uploaded (external ids or emails). */
    LIST
}
