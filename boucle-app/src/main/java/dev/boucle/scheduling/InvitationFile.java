package dev.boucle.scheduling;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * An iTIP invitation (RFC 5546) for one round and one recipient: METHOD:REQUEST to add or update
 * the event, METHOD:CANCEL to remove it. The UID stays the same for the round's whole life and
 * SEQUENCE grows with each change, so calendar programs update the event instead of adding one.
 * Times are written in UTC: every program shows them in its reader's own zone.
 */
record InvitationFile(boolean cancel, String uid, int sequence, Instant start, Instant end, String summary, String description,
        String organizer, String attendee) {

    static final String REQUEST_TYPE = "text/calendar; method=REQUEST; charset=UTF-8";
    static final String CANCEL_TYPE = "text/calendar; method=CANCEL; charset=UTF-8";

    String contentType() {
        return cancel ? CANCEL_TYPE : REQUEST_TYPE;
    }

    byte[] bytes() {
        VEvent event = new VEvent(start, end, summary);
        event.add(new Uid(uid));
        event.add(new Sequence(sequence));
        event.add(new Organizer(URI.create("mailto:" + organizer)));
        event.add(new Attendee(URI.create("mailto:" + attendee)));
        event.add(new Status(cancel ? "CANCELLED" : "CONFIRMED"));
        if (description != null) event.add(new Description(description));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Boucle//Scheduling//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
