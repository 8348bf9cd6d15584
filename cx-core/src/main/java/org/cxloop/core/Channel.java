package org.cxloop.core;

/** The ways a customer meets the company. */
public enum Channel {
    WEB, EMAIL, PHONE, STORE, CHAT, SOCIAL, APP
}
