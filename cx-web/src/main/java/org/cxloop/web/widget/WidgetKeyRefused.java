package org.cxloop.web.widget;

/** The publishable key is unknown, revoked, or not allowed on the calling page's origin. */
class WidgetKeyRefused extends RuntimeException {

    WidgetKeyRefused() {
        super("This publishable key is unknown, revoked, or not allowed on this website's origin.");
    }
}
