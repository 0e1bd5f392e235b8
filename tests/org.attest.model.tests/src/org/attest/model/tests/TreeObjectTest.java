package org.attest.model.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import org.attest.model.AnnotationState;
import org.attest.model.Annotator;
import org.attest.model.Corpus;
import org.attest.model.CorpusFactory;
import org.attest.model.Document;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.impl.EObjectImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** The corpus model's objects answer for their contents without keeping anything on each object. */
class TreeObjectTest {

    private static Corpus corpus(int documents) {
        Corpus corpus = CorpusFactory.eINSTANCE.createCorpus();
        corpus.setName("walked");
        Annotator annotator = CorpusFactory.eINSTANCE.createAnnotator();
        annotator.setName("ann1");
        corpus.getAnnotators().add(annotator);
        for (int i = 0; i < documents; i++) {
            Document document = CorpusFactory.eINSTANCE.createDocument();
            document.setId("doc" + i);
            AnnotationState state = CorpusFactory.eINSTANCE.createAnnotationState();
            state.setAnnotator(annotator);
            document.getStates().add(state);
            corpus.getDocuments().add(document);
        }
        return corpus;
    }

    // EMF's properties holder, which its own eContents() and eCrossReferences() create on each object they are asked of
    private static Object properties(EObject object) throws ReflectiveOperationException {
        Field field = EObjectImpl.class.getDeclaredField("eProperties");
        field.setAccessible(true);
        return field.get(object);
    }

    @Test
    void walkingACorpusAndAskingEachObjectForItsReferencesLeavesNoPropertiesHolderOnAnyOfThem() throws Exception {
        Corpus sut = corpus(50);
        List<EObject> walked = new ArrayList<>();
        walked.add(sut);
        EcoreUtil.getAllContents(sut, true).forEachRemaining(o -> walked.add((EObject) o));
        walked.forEach(EObject::eCrossReferences);

        assertThat(walked).hasSize(1 + 1 + 50 * 2);
        assertThat(walked.get(walked.size() - 1).eCrossReferences()).containsExactly(sut.getAnnotators().get(0));
        for (EObject object : walked) {
            assertThat(properties(object)).as("the properties holder of %s", object).isNull();
        }
    }

    @Test
    void theContentsAreStillALiveViewThatShowsAnObjectAddedLater() {
        Corpus sut = corpus(2);
        Document first = sut.getDocuments().get(0);
        assertThat(sut.eContents()).containsExactlyInAnyOrder(sut.getAnnotators().get(0), first,
                sut.getDocuments().get(1));

        Document added = CorpusFactory.eINSTANCE.createDocument();
        added.setId("later");
        sut.getDocuments().add(added);

        assertThat(sut.eContents()).contains(added).hasSize(4);
        assertThat(first.eContents()).containsExactlyElementsOf(first.getStates());
        assertThat(added.eContainer()).isSameAs(sut);
    }
}
