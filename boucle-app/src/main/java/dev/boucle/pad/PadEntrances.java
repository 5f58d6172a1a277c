package dev.boucle.pad;

import dev.boucle.people.CurrentUser;
import dev.boucle.platform.NotFound;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Who is on a pad, read from the address of a transport's request: the candidate's link or staff's round. */
@Component
class PadEntrances {

    private static final Pattern CANDIDATE = Pattern.compile("^/pad/([A-Za-z0-9_-]{43})/[a-z]+$");
    private static final Pattern STAFF = Pattern.compile("^/interviews/(\\d{1,18})/pad/[a-z]+$");

    private final PadDoors doors;

    PadEntrances(PadDoors doors) {
        this.doors = doors;
    }

    Participant from(String path) {
        Matcher m = CANDIDATE.matcher(path);
        if (m.matches()) return doors.candidate(m.group(1));
        m = STAFF.matcher(path);
        if (m.matches()) return doors.staff(Long.parseLong(m.group(1)), CurrentUser.get());
        throw new NotFound("pad", path);
    }
}
