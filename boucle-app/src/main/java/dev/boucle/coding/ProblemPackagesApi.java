package dev.boucle.coding;

import dev.boucle.judge.kattis.ImportResult;
import dev.boucle.judge.kattis.PackageException;
import dev.boucle.judge.kattis.SelfTestFailed;
import dev.boucle.judge.kattis.SelfTestReport;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.ApiController;
import dev.boucle.platform.Problems;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Kattis problem packages: import (with its self-test) into the bank, and export. Administrators only. */
@ApiController("/api/v1")
class ProblemPackagesApi {

    private final ProblemPackages packages;
    private final CodingRounds rounds;
    private final MessageSource messages;

    ProblemPackagesApi(ProblemPackages packages, CodingRounds rounds, MessageSource messages) {
        this.packages = packages;
        this.rounds = rounds;
        this.messages = messages;
    }

    record Imported(String id, String title, int timeLimitMs, String timeLimitSource, List<PackageSelfTestLine> selfTest,
                    List<String> skipped) {}

    @PostMapping(value = "/problems/packages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Team.Admins
    ResponseEntity<Imported> importPackage(@RequestParam("file") MultipartFile file, @RequestParam String topic,
                                           @RequestParam String difficulty, @RequestParam List<String> roundTypes)
            throws IOException {
        var placement = packages.placement(topic, difficulty, roundTypes, rounds.codingRoundTypes());
        ImportResult result = packages.importPackage(file.getInputStream(), placement, CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/v1/problems/" + result.id())).body(view(result));
    }

    @GetMapping(value = "/problems/{id}/package", produces = "application/zip")
    @Team.Admins
    ResponseEntity<byte[]> exportPackage(@PathVariable String id) {
        byte[] zip = packages.export(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + ".zip\"").body(zip);
    }

    static Imported view(ImportResult result) {
        return new Imported(result.id(), result.title(), result.report().timeLimitMs(), result.report().timeLimitSource(),
                lines(result.report()), result.report().skipped());
    }

    static List<PackageSelfTestLine> lines(SelfTestReport report) {
        return PackageSelfTestLine.of(report);
    }

    /** 422 naming the first submission whose verdict is not its folder's, with the whole self-test. */
    @ExceptionHandler(SelfTestFailed.class)
    ProblemDetail selfTestFailed(SelfTestFailed e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "package-self-test-failed",
                detail(e.report().failure()));
        e.report().entries().stream().filter(l -> !l.matches()).findFirst().ifPresent(l -> problem.setProperty("file", l.path()));
        problem.setProperty("selfTest", lines(e.report()));
        problem.setProperty("skipped", e.report().skipped());
        return problem;
    }

    /** 422 for a package the judge refuses (zip slip, links, size, format): the reason names the file. */
    @ExceptionHandler(PackageException.class)
    ProblemDetail badPackage(PackageException e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "bad-package", detail(e.getMessage()));
        problem.setProperty("reason", e.getMessage());
        return problem;
    }

    private String detail(String reason) {
        return messages.getMessage("coding.package.rejected", new Object[] {reason}, LocaleContextHolder.getLocale());
    }
}
