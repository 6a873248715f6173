package readiness.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import readiness.report.Report;
import readiness.report.ReportBuilder;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static readiness.Assess.gapIds;
import static readiness.Assess.met;
import static readiness.Assess.metIds;
import static readiness.Assess.report;
import static readiness.Assess.role;

/** The credential vocabulary: common real codes and degree fields, each meeting what it should and nothing else. */
class VocabularyTest {

    static Stream<Arguments> meets() {
        return Stream.of(
                arguments("MSHA is a health administration master's", "clinical-services-director", "csd.education.masters",
                        "{'education':[{'degree':'MSHA','completed':'2015-05'}]}"),
                arguments("MSHSA is a health services administration master's", "director-of-clinical-services", "dcs.education.masters",
                        "{'education':[{'degree':'MSHSA','completed':'2015-05'}]}"),
                arguments("NE-BC is a nurse executive certification", "clinical-services-director", "csd.certification.leadership-or-quality",
                        "{'certifications':[{'code':'NE-BC','earned':'2020-01'}]}"),
                arguments("CENP is a nurse executive certification", "clinical-services-director", "csd.certification.leadership-or-quality",
                        "{'certifications':[{'code':'CENP','earned':'2020-01'}]}"),
                arguments("CCRN is a clinical specialty certification", "clinical-services-director", "csd.certification.leadership-or-quality",
                        "{'certifications':[{'code':'CCRN','earned':'2020-01'}]}"),
                arguments("an APRN license is a nurse practitioner license", "clinical-services-director", "csd.license.clinical",
                        "{'licenses':[{'type':'APRN','expires':'2029-01-31'}]}"),
                arguments("an NP license is a healthcare professional license", "director-of-clinical-services", "dcs.license.clinical",
                        "{'licenses':[{'type':'NP','expires':'2029-01-31'}]}"),
                arguments("a PT license is a healthcare professional license", "director-of-clinical-services", "dcs.license.clinical",
                        "{'licenses':[{'type':'PT','expires':'2029-01-31'}]}"),
                arguments("a healthcare MBA meets a health-related bachelor's", "director-of-clinical-services", "dcs.education.bachelors",
                        "{'education':[{'degree':'BA','field':'economics'},{'degree':'MBA','healthcareFocus':true}]}"),
                arguments("an MHA meets a health-related bachelor's", "director-of-clinical-services", "dcs.education.bachelors",
                        "{'education':[{'degree':'MHA'}]}"),
                arguments("kinesiology is a health-related field", "director-of-clinical-services", "dcs.education.bachelors",
                        "{'education':[{'degree':'BS','field':'kinesiology'}]}"),
                arguments("nutrition is a health-related field", "director-of-clinical-services", "dcs.education.bachelors",
                        "{'education':[{'degree':'BS','field':'nutrition'}]}"),
                arguments("biochemistry is a health-related field", "director-of-clinical-services", "dcs.education.bachelors",
                        "{'education':[{'degree':'BS','field':'biochemistry'}]}"),
                arguments("health sciences is a health-related field", "director-of-clinical-services", "dcs.education.bachelors",
                        "{'education':[{'degree':'BS','field':'health sciences'}]}"),
                arguments("clinical psychology is a health-related master's for the clinical director", "clinical-director",
                        "cd.education.masters", "{'education':[{'degree':'MS','field':'clinical psychology'}]}"),
                arguments("a physician's practice is direct patient care", "clinical-services-director", "csd.experience.clinical",
                        "{'experience':[{'kind':'physician-practice','start':'2015-01','end':'2019-12'}]}"));
    }

    static Stream<Arguments> doesNotMeet() {
        return Stream.of(
                arguments("an MS in clinical psychology is not a healthcare management master's", "clinical-services-director",
                        "csd.education.masters", "{'education':[{'degree':'MS','field':'clinical psychology'}]}"),
                arguments("an economics BA is not a health-related bachelor's", "director-of-clinical-services",
                        "dcs.education.bachelors", "{'education':[{'degree':'BA','field':'economics'}]}"),
                arguments("CPHQ is not a management certification the Director of Clinical Services accepts",
                        "director-of-clinical-services", "dcs.certification.management", "{'certifications':[{'code':'CPHQ'}]}"),
                arguments("the NCLEX-PN is not the RN license", "clinical-services-director", "csd.license.clinical",
                        "{'exams':[{'name':'NCLEX-PN','passed':'2010-06'}]}"),
                arguments("an LPN license is not an RN license", "clinical-services-director", "csd.license.clinical",
                        "{'licenses':[{'type':'LPN','expires':'2029-01-31'}]}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("meets")
    void aCodeOrFieldMeetsWhatItShould(String what, String roleId, String requirement, String profile) {
        assertThat(metIds(role(roleId, profile))).contains(requirement);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("doesNotMeet")
    void aCodeOrFieldDoesNotMeetWhatItShouldNot(String what, String roleId, String requirement, String profile) {
        assertThat(gapIds(role(roleId, profile))).contains(requirement);
    }

    static Stream<Arguments> titles() {
        return Stream.of(
                arguments("Nurse Manager", "assistant-clinical-services-director"),
                arguments("Manager, Nursing Services", "assistant-clinical-services-director"),
                arguments("Assistant Director of Nursing", "assistant-clinical-services-director"),
                arguments("Director of Nursing", "clinical-services-director"),
                arguments("Director, Clinical Services", "clinical-services-director"),
                arguments("Sr. Director of Nursing", "senior-clinical-services-director"),
                arguments("VP, Clinical Services", "executive-director-of-clinical-services"),
                arguments("Associate Chief Nursing Officer", "executive-director-of-clinical-services"),
                arguments("Chief Nursing Officer", "chief-clinical-officer"),
                arguments("Associate Medical Director", "assistant-medical-director"),
                arguments("Section Head, Family Medicine", "assistant-medical-director"),
                arguments("Medical Director", "medical-director"),
                arguments("Regional Medical Director", "senior-medical-director"),
                arguments("Deputy Chief Medical Officer", "executive-medical-director"),
                arguments("Chief Medical Officer", "chief-medical-officer"),
                arguments("Practice Manager", "department-head"),
                arguments("Director of Clinical Operations", "director-of-clinical-operations"),
                arguments("Regional Director of Clinical Operations", "multi-site-director-of-clinical-operations"));
    }

    @ParameterizedTest(name = "{0} holds {1}")
    @MethodSource("titles")
    void aJobTitleHoldsItsLadderPosition(String title, String rung) {
        Report report = report("{'experience':[{'title':'" + title + "','kind':'management','start':'2020-01'}]}");
        assertThat(report.positions().get(0).positions()).contains(rung);
    }

    @ParameterizedTest(name = "{0} holds no ladder position")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Assistant to the Medical Director", "IT Program Manager",
            "Public Health Program Manager", "Staff Nurse", "Retail Manager"})
    void aTitleThatIsNotALadderPositionHoldsNone(String title) {
        Report report = report("{'experience':[{'title':'" + title + "','kind':'management','start':'2020-01'}]}");
        assertThat(report.positions().get(0).positions()).isEmpty();
        assertThat(report.positions().get(0).note()).contains("counts only as management experience");
    }

    @Test
    void aTitleClassifiedOnTheLadderOfARoleNotAssessedIsNotSaidToBeUnclassified() throws Exception {
        Report report = ReportBuilder.build(readiness.Assess.assessor().assess(
                readiness.Assess.profile("{'experience':[{'title':'Nurse Manager','kind':'management','start':'2020-01'}]}"),
                null, java.util.List.of("clinical-director")));

        assertThat(report.positions().get(0).positions()).isEmpty();
        assertThat(report.positions().get(0).note()).isEqualTo("no ladder position: no vocabulary rule places this title on the ladder"
                + " of a role assessed; it counts only as management experience (state a \"position\" to place it on a ladder)");
    }

    @Test
    void everyNewCodeIsRecognized() {
        Report report = report("""
                {'education':[{'degree':'MSHA'},{'degree':'MSHSA'}],'licenses':[{'type':'APRN'},{'type':'LVN'}],
                 'exams':[{'name':'NCLEX-PN'}],'certifications':[{'code':'NE-BC'},{'code':'CENP'},{'code':'CCRN'}]}""");
        assertThat(report.unrecognized()).isEmpty();
    }

    @Test
    void anUnknownCodeSaysItIsNotInTheVocabularyAndWhereToAddIt() {
        Report report = report("{'certifications':[{'code':'PMP','earned':'2016-01'}]}");
        assertThat(report.unrecognized()).singleElement().extracting(Report.UnrecognizedItem::message).asString()
                .startsWith("not in the rule vocabulary (check the spelling, or a counselor can add it to rules/vocabulary.drl)");
    }

    @Test
    void aLicenseOtherThanRnIsAcceptedWithANoteThatTheSeedAsksForRn() {
        assertThat(met(role("clinical-services-director", "{'licenses':[{'type':'NP','expires':'2029-01-31'}]}"), "csd.license.clinical")
                .detail()).contains("the seed says an RN license is universally required");
    }
}
