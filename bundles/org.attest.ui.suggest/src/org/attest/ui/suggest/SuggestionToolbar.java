package org.attest.ui.suggest;

import java.util.List;

import org.attest.suggest.api.Recommender;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * The suggestion controls in the editor's toolbar: whether to show them, how many are shown (and why some recommender
 * could not answer), the score from which accept-all accepts, the button that does it and the menu choosing the
 * recommenders.
 */
final class SuggestionToolbar {

    private final Label count;
    private final Spinner threshold;
    private final Button acceptAll;

    /**
     * Adds the controls to {@code bar}; {@code acceptAll} runs on the button, {@code changed} after suggestions or a
     * recommender were turned on or off.
     */
    SuggestionToolbar(Composite bar, List<Recommender> installed, Runnable acceptAll, Runnable changed) {
        Button show = new Button(bar, SWT.CHECK);
        show.setText("Suggestions:");
        show.setToolTipText("Show the recommenders' suggestions as dashed ghost spans");
        show.setSelection(SuggestPreferences.shown());
        show.addListener(SWT.Selection, e -> {
            SuggestPreferences.setShown(show.getSelection());
            changed.run();
        });
        count = new Label(bar, SWT.NONE);
        count.setText("computing…");
        new Label(bar, SWT.NONE).setText("Accept all from");
        threshold = new Spinner(bar, SWT.BORDER);
        threshold.setValues(SuggestPreferences.threshold(), 0, 100, 0, 5, 10);
        threshold.setToolTipText("The score (in %) from which Ctrl+Shift+Enter accepts a suggestion");
        threshold.addListener(SWT.Modify, e -> SuggestPreferences.setThreshold(threshold.getSelection()));
        new Label(bar, SWT.NONE).setText("%");
        this.acceptAll = new Button(bar, SWT.PUSH);
        this.acceptAll.setText("Accept All");
        this.acceptAll.setToolTipText("Accept every suggestion scoring at least the threshold, as one step Undo "
                + "takes back (Ctrl+Shift+Enter)");
        this.acceptAll.addListener(SWT.Selection, e -> acceptAll.run());
        ToolBar tools = new ToolBar(bar, SWT.FLAT);
        ToolItem choose = new ToolItem(tools, SWT.DROP_DOWN);
        choose.setText("Recommenders");
        choose.setToolTipText("Choose the recommenders whose suggestions the editor shows");
        Menu menu = new Menu(bar.getShell(), SWT.POP_UP);
        for (Recommender r : installed) {
            MenuItem item = new MenuItem(menu, SWT.CHECK);
            item.setText(r.name() + " — " + r.description()
                    + (r.sendsTextOut() ? " (sends the text out of this machine)" : ""));
            item.setSelection(SuggestPreferences.enabled(r));
            item.addListener(SWT.Selection, e -> {
                SuggestPreferences.setEnabled(r, item.getSelection());
                changed.run();
            });
        }
        if (installed.isEmpty()) {
            MenuItem none = new MenuItem(menu, SWT.PUSH);
            none.setText("No recommender is installed");
            none.setEnabled(false);
        }
        choose.addListener(SWT.Selection, e -> {
            Point at = tools.toDisplay(choose.getBounds().x, choose.getBounds().y + choose.getBounds().height);
            menu.setLocation(at);
            menu.setVisible(true);
        });
        bar.addDisposeListener(e -> menu.dispose());
    }

    /** Shows how many suggestions there are and the problems of the last computation, if any. */
    void show(int suggestions, List<String> problems) {
        String trouble = ", " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + " (hover here)";
        count.setText(suggestions + " shown" + (problems.isEmpty() ? "" : trouble) + " —");
        count.setToolTipText(problems.isEmpty() ? null : String.join("\n", problems));
        acceptAll.setEnabled(suggestions > 0);
        count.getParent().layout(new Control[]{count});
    }

    /** Returns the threshold shown, as a score from 0 to 1. */
    double threshold() {
        return threshold.getSelection() / 100.0;
    }
}
