package io.kine.query.patients;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void foldsAccentsCaseAndSpaces() {
        assertThat(SearchText.fold("  Élodie   Lefèvre-ÇA ")).isEqualTo("elodie lefevre-ca");
    }

    @Test
    void keepsArabicLettersWhileDroppingTheirVowelMarks() {
        assertThat(SearchText.fold("مُحَمَّد")).isEqualTo("محمد");
    }

    @Test
    void indexesPhoneNumbersInInternationalAndNationalForm() {
        assertThat(SearchText.forPatient("Amina", "Benali", "+33612345678", "Amina@Example.org"))
                .isEqualTo("amina benali 33612345678 0612345678 amina@example.org");
    }

    @Test
    void turnsPhoneLikeSearchesIntoOneRunOfDigits() {
        assertThat(SearchText.terms("06 12.34")).containsExactly("061234");
        assertThat(SearchText.terms("+33 6")).containsExactly("336");
    }

    @Test
    void splitsOtherSearchesIntoWordsThatMustAllMatch() {
        assertThat(SearchText.terms(" Benali  AMINA ")).containsExactly("benali", "amina");
        assertThat(SearchText.terms("   ")).isEmpty();
    }
}
