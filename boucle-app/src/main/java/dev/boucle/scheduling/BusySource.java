package dev.boucle.scheduling;

/** Where a busy time came from: an uploaded file and a feed are replaced whole on each import. */
public enum BusySource { UPLOAD, FEED, MANUAL, DECLINE }
