package readiness.domain;

import java.util.List;

/** A candidate profile as the contract defines it (shared/domain/contract.md). Every list may be absent. */
public record Profile(
        String id,
        String name,
        String asOf,
        List<String> targetRoles,
        List<Education> education,
        List<License> licenses,
        List<Exam> exams,
        List<Certification> certifications,
        List<BoardCertification> boardCertifications,
        List<Training> training,
        List<Experience> experience,
        List<String> skills,
        List<Waiver> waivers,
        List<Substitution> substitutions) {

    public Profile {
        targetRoles = orEmpty(targetRoles);
        education = orEmpty(education);
        licenses = orEmpty(licenses);
        exams = orEmpty(exams);
        certifications = orEmpty(certifications);
        boardCertifications = orEmpty(boardCertifications);
        training = orEmpty(training);
        experience = orEmpty(experience);
        skills = orEmpty(skills);
        waivers = orEmpty(waivers);
        substitutions = orEmpty(substitutions);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
