package org.attest.ui.agreement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.attest.agreement.AgreementResult;
import org.attest.agreement.corpus.AgreementReport;
import org.attest.agreement.corpus.AgreementRequest;
import org.attest.agreement.corpus.DocumentAgreement;
import org.attest.agreement.corpus.LabelAgreement;
import org.attest.agreement.corpus.LayerAgreement;
import org.attest.ui.colors.ColorCache;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

/**
 * The figures of one layer: a header with the corpus-wide measures, the pair heat map, the label bars and the
 * documents.
 */
final class AgreementPanel {

    private static final List<String> PAIR_MEASURES = List.of(AgreementRequest.COHEN, AgreementRequest.F1_EXACT,
            AgreementRequest.F1_OVERLAP);

    private final Composite root;
    private final Label figures;
    private final Label counts;
    private final Combo pairMeasure;
    private final Combo labelMeasure;
    private final HeatMap heatMap;
    private final LabelBars labelBars;
    private final TableViewer documents;
    private AgreementReport report;
    private LayerAgreement layer;

    AgreementPanel(Composite parent, Consumer<DocumentAgreement> open) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(layout(1, 0));
        figures = new Label(root, SWT.WRAP);
        figures.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        counts = new Label(root, SWT.WRAP);
        counts.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sash = new SashForm(root, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite charts = new Composite(sash, SWT.NONE);
        charts.setLayout(layout(2, 0));
        Composite pairs = chart(charts, "Annotator pairs by");
        pairMeasure = (Combo) pairs.getChildren()[1];
        heatMap = new HeatMap(pairs);
        heatMap.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        Composite labels = chart(charts, "Labels by");
        labelMeasure = (Combo) labels.getChildren()[1];
        labelBars = new LabelBars(labels);
        labelBars.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        ((GridData) pairs.getLayoutData()).widthHint = 280;
        ((GridData) pairs.getLayoutData()).grabExcessHorizontalSpace = false;
        pairMeasure.addListener(SWT.Selection, e -> showPairs());
        labelMeasure.addListener(SWT.Selection, e -> showLabels());
        documents = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        documents.getTable().setHeaderVisible(true);
        documents.getTable().setLinesVisible(true);
        documents.setContentProvider(ArrayContentProvider.getInstance());
        ColorCache colors = new ColorCache(documents.getControl());
        column("Document", 190, SWT.LEFT, DocumentAgreement::document, null);
        column("Measure", 110, SWT.LEFT, d -> Figures.name(d.measure()), null);
        column("Value", 70, SWT.RIGHT, d -> Figures.number(d.value()), d -> Figures.color(colors, d.value()));
        column("Positions", 75, SWT.RIGHT, d -> Integer.toString(d.positions()), null);
        column("Agreed", 70, SWT.RIGHT, d -> Integer.toString(d.agreed()), null);
        column("First disagreement", 160, SWT.LEFT, d -> d.firstDisagreementBegin() < 0
                ? "none"
                : "characters " + d.firstDisagreementBegin() + "\u2013" + d.firstDisagreementEnd(), null);
        documents.getTable().setToolTipText(
                "Lowest agreement first; double-click or Enter opens the document at its first disagreement");
        documents.addOpenListener(e -> {
            if (documents.getStructuredSelection().getFirstElement() instanceof DocumentAgreement d) {
                open.accept(d);
            }
        });
        sash.setWeights(48, 52);
    }

    private static GridLayout layout(int columns, int margin) {
        GridLayout layout = new GridLayout(columns, false);
        layout.marginWidth = margin;
        layout.marginHeight = margin;
        return layout;
    }

    private static Composite chart(Composite parent, String title) {
        Composite chart = new Composite(parent, SWT.NONE);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chart.setLayout(layout(2, 2));
        new Label(chart, SWT.NONE).setText(title);
        new Combo(chart, SWT.READ_ONLY).setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, true, false));
        return chart;
    }

    private void column(String title, int width, int alignment, Function<DocumentAgreement, String> text,
            Function<DocumentAgreement, Color> background) {
        TableViewerColumn column = new TableViewerColumn(documents, alignment);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {

            @Override
            public String getText(Object element) {
                return text.apply((DocumentAgreement) element);
            }

            @Override
            public Color getBackground(Object element) {
                return background == null ? null : background.apply((DocumentAgreement) element);
            }
        });
    }

    /** Returns the control to lay out. */
    Control control() {
        return root;
    }

    /** Shows {@code layer} of {@code report}, keeping the chosen measures where the layer has them. */
    void show(AgreementReport report, LayerAgreement layer) {
        this.report = report;
        this.layer = layer;
        figures.setText(figures(layer.corpus()));
        figures.setToolTipText(notes(layer.corpus()));
        counts.setText(report.documentsCounted() + " document(s) counted, " + report.skipped().size()
                + " skipped \u00b7 annotators "
                + String.join(", ", report.annotators()) + " \u00b7 " + layer.units() + " unit(s)"
                + (report.includeInProgress() ? " \u00b7 in-progress work included" : " \u00b7 finished work only"));
        counts.setToolTipText(skipped(report));
        List<String> pairKeys = new ArrayList<>(PAIR_MEASURES);
        if (layer.relation()) {
            pairKeys.remove(AgreementRequest.F1_OVERLAP);
        }
        choices(pairMeasure, pairKeys);
        Set<String> labelKeys = new LinkedHashSet<>();
        for (String key : AgreementRequest.MEASURES) {
            for (LabelAgreement label : layer.labels()) {
                if (label.results().containsKey(key)) {
                    labelKeys.add(key);
                }
            }
        }
        choices(labelMeasure, List.copyOf(labelKeys));
        showPairs();
        showLabels();
        documents.setInput(layer.documents());
        root.layout(true, true);
    }

    private static String figures(Map<String, AgreementResult> corpus) {
        StringBuilder text = new StringBuilder();
        corpus.forEach((key, result) -> {
            if (!text.isEmpty()) {
                text.append("     ");
            }
            text.append(Figures.name(key)).append(' ').append(Figures.number(result.value()));
        });
        return text.isEmpty() ? "No corpus-wide figures for this layer" : text.toString();
    }

    private static String notes(Map<String, AgreementResult> corpus) {
        StringBuilder text = new StringBuilder();
        corpus.forEach((key, result) -> {
            if (!result.note().isEmpty()) {
                text.append(text.isEmpty() ? "" : "\n").append(Figures.name(key)).append(": ").append(result.note());
            }
        });
        return text.isEmpty() ? null : text.toString();
    }

    private static String skipped(AgreementReport report) {
        if (report.skipped().isEmpty()) {
            return "No document was left out";
        }
        StringBuilder text = new StringBuilder("Left out:");
        report.skipped().stream().limit(20)
                .forEach(s -> text.append('\n').append(s.document()).append(": ").append(s.reason()));
        if (report.skipped().size() > 20) {
            text.append("\n\u2026 and ").append(report.skipped().size() - 20).append(" more");
        }
        return text.toString();
    }

    private static void choices(Combo combo, List<String> keys) {
        String chosen = combo.getSelectionIndex() < 0
                ? null
                : (String) combo.getData(combo.getItem(combo.getSelectionIndex()));
        combo.removeAll();
        for (String key : keys) {
            combo.add(Figures.name(key));
            combo.setData(Figures.name(key), key);
        }
        int index = chosen == null ? -1 : keys.indexOf(chosen);
        combo.select(Math.max(0, index));
        combo.setEnabled(!keys.isEmpty());
    }

    private static String chosen(Combo combo) {
        return combo.getSelectionIndex() < 0 ? "" : (String) combo.getData(combo.getItem(combo.getSelectionIndex()));
    }

    private void showPairs() {
        if (layer != null) {
            heatMap.show(report.annotators(), layer.pairs(), chosen(pairMeasure));
        }
    }

    private void showLabels() {
        if (layer != null) {
            labelBars.show(layer.labels(), chosen(labelMeasure));
        }
    }

    /** Returns the heat map. */
    HeatMap heatMap() {
        return heatMap;
    }

    /** Returns the label bars. */
    LabelBars labelBars() {
        return labelBars;
    }

    /** Returns the document table. */
    Table table() {
        return documents.getTable();
    }

    /** Returns the documents in table order. */
    List<DocumentAgreement> rows() {
        List<DocumentAgreement> rows = new ArrayList<>();
        for (int i = 0; i < documents.getTable().getItemCount(); i++) {
            rows.add((DocumentAgreement) documents.getElementAt(i));
        }
        return rows;
    }
}
