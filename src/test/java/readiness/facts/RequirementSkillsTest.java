package readiness.facts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequirementSkillsTest {
    private final Requirement technical = Role.define("test-role", "Test Role", "seed.txt")
            .requirement("skill.technical").skill().preferred()
            .skills(2, "EHR", "epic", "lean six sigma", "quality improvement");

    @Test
    void aHeldSkillCountsWhenItIsOrNamesAListedSkillAsWholeWords() {
        assertThat(technical.acceptsSkill("ehr")).isTrue();
        assertThat(technical.acceptsSkill("epic ehr")).isTrue();
        assertThat(technical.acceptsSkill("quality improvement lead")).isTrue();
        assertThat(technical.acceptsSkill("epics and epic")).as("a later whole-word occurrence").isTrue();
    }

    @Test
    void aHeldSkillCountsWhenAListedSkillNamesIt() {
        assertThat(technical.acceptsSkill("six sigma")).isTrue();
        assertThat(technical.acceptsSkill("lean")).isTrue();
        assertThat(technical.acceptsSkill("sigma")).isTrue();
    }

    @Test
    void partOfAWordIsNotASkill() {
        assertThat(technical.acceptsSkill("epicurean cooking")).isFalse();
        assertThat(technical.acceptsSkill("sig")).isFalse();
        assertThat(technical.acceptsSkill("qualityimprovement")).isFalse();
        assertThat(technical.acceptsSkill("knitting")).isFalse();
    }

    @Test
    void aRequirementAcceptsAnActionThatGrantsOneOfItsClassesAndNoOther() {
        Requirement bachelors = Role.define("test-role", "Test Role", "seed.txt")
                .requirement("education.bachelors").education().required().metBy("bachelors", "health-bachelors");

        assertThat(bachelors.acceptsAny(java.util.List.of("bsn", "health-bachelors"))).isTrue();
        assertThat(bachelors.acceptsAny(java.util.List.of("nursing-degree", "associate"))).isFalse();
    }
}
