package readiness.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic synthetic profiles for demos and benchmarks: nurses, social workers, administrators,
 * physicians and therapists, with plausible dates, some overlapping jobs, degrees in progress and
 * lapsed licenses. The same seed always gives the same profiles.
 */
public final class ProfileGenerator {
    static final YearMonth AS_OF = YearMonth.of(2026, 11);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] STATES = {"OH", "TX", "CA", "NY", "FL", "PA", "IL", "GA", "WA", "MN", "NC", "AZ"};
    private static final String[] FIRST = {"Jordan", "Avery", "Morgan", "Riley", "Taylor", "Casey", "Jamie", "Quinn",
            "Dana", "Robin", "Alex", "Sam", "Chris", "Pat", "Lee", "Drew", "Kai", "Reese", "Skyler", "Rowan"};
    private static final String[] LAST = {"Rivera", "Chen", "Ellis", "Okafor", "Navarro", "Brooks", "Raman", "Alvarez",
            "Whitfield", "Park", "Morgan", "Delgado", "Hayes", "Nguyen", "Patel", "Kowalski", "Johnson", "Garcia"};
    private static final List<String> NURSE_SKILLS = List.of("epic", "cerner", "patient safety", "staffing", "budgeting",
            "quality improvement", "lean six sigma", "joint commission", "communication", "change management",
            "conflict resolution", "delegation", "strategic leadership", "infection control", "data analysis");
    private static final List<String> DIRECTOR_SKILLS = List.of("leadership", "regulatory compliance", "decision making",
            "financial management", "communication", "strategic planning", "quality management", "problem solving",
            "teamwork", "conflict resolution", "project management", "empathy", "adaptability");
    private static final List<String> ADMIN_SKILLS = List.of("budgeting", "operations management", "healthcare policy",
            "health law", "ethics", "project management", "strategic planning", "revenue cycle", "data analysis",
            "organizational behavior", "leadership", "regulatory compliance", "supply chain");

    private final SplittableRandom random;
    private long next;

    public ProfileGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The next profile, as one line of JSON. */
    public String nextLine() {
        next++;
        ObjectNode profile = JSON.createObjectNode();
        profile.put("id", String.format("g-%07d", next));
        profile.put("name", pick(FIRST) + " " + pick(LAST));
        profile.put("asOf", AS_OF.toString() + "-01");
        int career = random.nextInt(100);
        if (career < 40) {
            nurse(profile);
        } else if (career < 55) {
            socialWorker(profile);
        } else if (career < 75) {
            administrator(profile);
        } else if (career < 92) {
            physician(profile);
        } else {
            therapist(profile);
        }
        return profile.toString();
    }

    private void nurse(ObjectNode p) {
        YearMonth start = AS_OF.minusMonths(6 + random.nextInt(360));
        ArrayNode education = p.putArray("education");
        ArrayNode licenses = p.putArray("licenses");
        if (chance(8)) {
            // A licensed practical nurse: no degree, the practical nurse's exam and license.
            license(licenses, "LPN", start.plusMonths(1));
            p.putArray("exams").addObject().put("name", "NCLEX-PN").put("passed", start.plusMonths(1).toString());
            career(p.putArray("experience"), "Licensed Practical Nurse", "clinical", start, "Charge Nurse");
            skills(p, NURSE_SKILLS);
            return;
        }
        boolean adn = chance(15);
        degree(education, adn ? "ADN" : "BSN", "nursing", start.minusMonths(2));
        if (chance(40)) {
            masters(education, start, pick(new String[] {"MSN", "MSN", "MHA", "MPH", "MBA", "MS"}));
        }
        if (chance(5)) {
            doctorate(education, chance(70) ? "DNP" : "PHD", "nursing");
        }
        license(licenses, chance(6) ? "NP" : "RN", start.plusMonths(1));
        p.putArray("exams").addObject().put("name", "NCLEX-RN").put("passed", start.plusMonths(1).toString());
        ArrayNode experience = p.putArray("experience");
        YearMonth leadStart = career(experience, "Staff Nurse", "clinical", start, "Charge Nurse", "Nurse Manager",
                "Director of Nursing", "Senior Director of Nursing", "Vice President of Nursing", "Chief Nursing Officer");
        if (leadStart != null && chance(45)) {
            certifications(p, leadStart, "CPHQ", "NEA-BC", "NE-BC", "CENP", "CNML", "LSSGB", "CCRN", "FACHE");
        }
        if (chance(4) && start.plusMonths(30).isBefore(AS_OF)) {
            p.putArray("training").addObject().put("type", "administrative-residency").put("completed", start.plusMonths(30).toString());
        }
        skills(p, NURSE_SKILLS);
    }

    private void socialWorker(ObjectNode p) {
        YearMonth start = AS_OF.minusMonths(6 + random.nextInt(300));
        ArrayNode education = p.putArray("education");
        degree(education, "BA", pick(new String[] {"psychology", "sociology", "social work"}), start.minusMonths(26));
        degree(education, "MSW", "social work", start.minusMonths(2));
        if (chance(6)) {
            doctorate(education, "PHD", "social work");
        }
        license(p.putArray("licenses"), "LCSW", start.plusMonths(24));
        YearMonth leadStart = career(p.putArray("experience"), "Clinical Therapist", "clinical", start, "Clinical Supervisor",
                "Program Manager", "Director of Clinical Services", "Senior Director of Clinical Services",
                "Vice President of Clinical Services");
        if (leadStart != null && chance(25)) {
            certifications(p, leadStart, "CHE", "CMM", "CPHQ");
        }
        skills(p, DIRECTOR_SKILLS);
    }

    private void administrator(ObjectNode p) {
        YearMonth start = AS_OF.minusMonths(6 + random.nextInt(300));
        ArrayNode education = p.putArray("education");
        String[] fields = {"business", "health administration", "health sciences", "economics", "public health"};
        if (chance(8)) {
            degree(education, "ASSOCIATE", "business", start.minusMonths(2));
        } else {
            degree(education, chance(50) ? "BS" : "BA", pick(fields), start.minusMonths(2));
            if (chance(50)) {
                masters(education, start, pick(new String[] {"MBA", "MHA", "MPH", "MSHA"}));
            }
        }
        if (chance(20)) {
            p.putArray("training").addObject().put("type", "administrative-residency").put("completed", start.plusMonths(6).toString());
        }
        ArrayNode experience = p.putArray("experience");
        if (chance(25)) {
            YearMonth before = start.minusMonths(24 + random.nextInt(60));
            job(experience, "Retail Manager", "other", before, start.minusMonths(1));
        }
        YearMonth leadStart = career(experience, "Patient Access Coordinator", "administrative", start, "Practice Manager",
                "Operations Manager", "Director of Clinical Operations", "Regional Director of Clinical Operations");
        if (leadStart != null && chance(40)) {
            certifications(p, leadStart, "CHAP", "CHAP", "FACHE", "CHE", "CMM");
        }
        skills(p, ADMIN_SKILLS);
    }

    private void physician(ObjectNode p) {
        YearMonth school = AS_OF.minusMonths(12 + random.nextInt(400));
        ArrayNode education = p.putArray("education");
        boolean osteopath = chance(25);
        degree(education, "BS", "biology", school.minusMonths(48));
        degree(education, osteopath ? "DO" : "MD", "medicine", school);
        p.putArray("exams").addObject().put("name", osteopath && chance(80) ? "COMLEX-USA" : "USMLE")
                .put("passed", school.plusMonths(6).toString());
        YearMonth residencyEnd = school.plusMonths(36 + 12 * random.nextInt(4));
        ArrayNode training = p.putArray("training");
        ObjectNode residency = training.addObject().put("type", "residency").put("specialty",
                pick(new String[] {"internal medicine", "family medicine", "pediatrics", "emergency medicine", "psychiatry", "cardiology"}));
        ArrayNode experience = p.putArray("experience");
        if (residencyEnd.isAfter(AS_OF)) {
            residency.put("status", "in-progress").put("expected", residencyEnd.toString());
            job(experience, "Resident Physician", "clinical", school.plusMonths(1), null);
            return;
        }
        residency.put("completed", residencyEnd.toString());
        if (chance(30)) {
            ObjectNode fellowship = training.addObject().put("type", "fellowship").put("specialty", "sub-specialty");
            YearMonth fellowshipEnd = residencyEnd.plusMonths(24);
            if (fellowshipEnd.isAfter(AS_OF)) {
                fellowship.put("status", "in-progress").put("expected", fellowshipEnd.toString());
            } else {
                fellowship.put("completed", fellowshipEnd.toString());
            }
        }
        ObjectNode medical = license(p.putArray("licenses"), "MEDICAL", residencyEnd);
        if (chance(2)) {
            medical.put("status", chance(50) ? "suspended" : "revoked");
        }
        if (chance(80)) {
            ObjectNode board = p.putArray("boardCertifications").addObject().put("specialty", residency.get("specialty").asText());
            int roll = random.nextInt(100);
            board.put("status", roll < 80 ? "active" : roll < 92 ? "eligible" : "expired");
        }
        YearMonth practice = residencyEnd.plusMonths(1);
        job(experience, "Attending Physician", "physician-practice", practice, null);
        long months = practice.until(AS_OF, java.time.temporal.ChronoUnit.MONTHS);
        if (months > 24 && chance(70)) {
            YearMonth lead = practice.plusMonths(12 + random.nextInt((int) months - 12));
            if (chance(35)) {
                job(experience, "Quality Committee Chair", "supervisory", lead, null);
            } else {
                career(experience, "Section Head", "management", lead, "Associate Medical Director", "Medical Director",
                        "Senior Medical Director", "Executive Medical Director", "Chief Medical Officer");
            }
        }
        if (chance(25)) {
            masters(education, practice, "MBA");
        }
        if (chance(15)) {
            p.putArray("certifications").addObject().put("code", "CPE").put("earned", AS_OF.minusMonths(random.nextInt(60) + 1).toString());
        }
        skills(p, ADMIN_SKILLS);
    }

    private void therapist(ObjectNode p) {
        YearMonth start = AS_OF.minusMonths(6 + random.nextInt(240));
        ArrayNode education = p.putArray("education");
        degree(education, "BS", "kinesiology", start.minusMonths(38));
        degree(education, "DPT", "physical therapy", start.minusMonths(2));
        license(p.putArray("licenses"), "PT", start);
        career(p.putArray("experience"), "Physical Therapist", "clinical", start, "Lead Therapist", "Rehab Services Manager",
                "Director of Rehabilitation");
        skills(p, NURSE_SKILLS);
    }

    /**
     * A career from a first job (or the first leadership job, when it is the kind given) through leadership steps,
     * each of 1-4 years; returns when leadership began, or null.
     */
    private YearMonth career(ArrayNode experience, String first, String kind, YearMonth start, String... leadership) {
        long months = start.until(AS_OF, java.time.temporal.ChronoUnit.MONTHS);
        int steps = months < 30 ? 0 : random.nextInt(Math.min(leadership.length, (int) (months / 30)) + 1);
        if (steps == 0) {
            job(experience, first, kind, start, null);
            return null;
        }
        YearMonth end = start.plusMonths(24 + random.nextInt((int) Math.max(1, months / (steps + 1))));
        job(experience, first, kind, start, end);
        YearMonth leadStart = end.plusMonths(1);
        YearMonth current = leadStart;
        String[] kinds = {"supervisory", "management", "executive"};
        for (int i = 0; i < steps; i++) {
            boolean last = i == steps - 1;
            // Some promotions overlap the job before by a few months.
            YearMonth from = chance(20) ? current.minusMonths(1 + random.nextInt(6)) : current;
            YearMonth to = last ? null : current.plusMonths(12 + random.nextInt(48));
            if (to != null && !to.isBefore(AS_OF)) {
                to = null;
                last = true;
            }
            job(experience, leadership[i], kinds[Math.min(i, kinds.length - 1)], from, to);
            if (last) {
                break;
            }
            current = to.plusMonths(1);
        }
        return leadStart;
    }

    private void job(ArrayNode experience, String title, String kind, YearMonth start, YearMonth end) {
        ObjectNode job = experience.addObject().put("title", title).put("kind", kind).put("start", start.toString());
        if (end != null) {
            job.put("end", end.toString());
        }
    }

    private void degree(ArrayNode education, String code, String field, YearMonth completed) {
        education.addObject().put("degree", code).put("field", field).put("status", "completed").put("completed", completed.toString());
    }

    private void doctorate(ArrayNode education, String code, String field) {
        ObjectNode degree = education.addObject().put("degree", code).put("field", field);
        if (chance(40)) {
            degree.put("status", "in-progress").put("expected", AS_OF.plusMonths(6 + random.nextInt(30)).toString());
        } else {
            degree.put("status", "completed").put("completed", AS_OF.minusMonths(random.nextInt(60) + 1).toString());
        }
    }

    private void masters(ArrayNode education, YearMonth careerStart, String code) {
        ObjectNode degree = education.addObject().put("degree", code);
        if (code.equals("MBA")) {
            degree.put("healthcareFocus", chance(50));
        }
        if (code.equals("MS")) {
            degree.put("field", pick(new String[] {"nursing", "clinical psychology", "health administration", "nutrition"}));
        }
        // A career that starts this month or later has no time yet to have completed a master's.
        if (chance(25) || !careerStart.isBefore(AS_OF)) {
            degree.put("status", "in-progress").put("expected", AS_OF.plusMonths(1 + random.nextInt(30)).toString());
        } else {
            long span = Math.max(1, careerStart.until(AS_OF, java.time.temporal.ChronoUnit.MONTHS));
            degree.put("status", "completed").put("completed", careerStart.plusMonths(random.nextLong(span)).toString());
        }
    }

    /** An active license, with about one in ten lapsed and a few restricted; some lapse within weeks. */
    private ObjectNode license(ArrayNode licenses, String type, YearMonth issued) {
        ObjectNode license = licenses.addObject().put("type", type).put("jurisdiction", pick(STATES));
        int roll = random.nextInt(100);
        if (roll < 8) {
            license.put("status", "active").put("expires", AS_OF.minusMonths(1 + random.nextInt(24)).atEndOfMonth().toString());
        } else if (roll < 10) {
            license.put("status", "active").put("restricted", true).put("expires", AS_OF.plusMonths(12).atEndOfMonth().toString());
        } else if (roll < 12) {
            license.put("status", "active").put("expires", AS_OF.atEndOfMonth().toString());
        } else {
            license.put("status", "active").put("expires", AS_OF.plusMonths(1 + random.nextInt(30)).atEndOfMonth().toString());
        }
        return license;
    }

    private void certifications(ObjectNode p, YearMonth from, String... codes) {
        ArrayNode certifications = p.putArray("certifications");
        ObjectNode certification = certifications.addObject().put("code", codes[random.nextInt(codes.length)])
                .put("earned", from.plusMonths(random.nextInt(12)).toString());
        if (chance(30)) {
            certification.put("expires", AS_OF.plusMonths(random.nextInt(48) - 12).toString());
        }
    }

    private void skills(ObjectNode p, List<String> pool) {
        ArrayNode skills = p.putArray("skills");
        int count = random.nextInt(8);
        java.util.Set<String> chosen = new java.util.LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(pool.get(random.nextInt(pool.size())));
        }
        chosen.forEach(skills::add);
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
