package org.cxloop.demo;

/** What customers talk about in their comments at a touchpoint. */
enum Topic {
    GENERAL, PURCHASE, ONBOARDING, APP, BILLING, PHONE, SUPPORT, STORE
}
