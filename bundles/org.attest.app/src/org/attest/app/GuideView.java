package org.attest.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The Attest Guide (Help > Attest Guide): the README's walkthrough, team work and command-line reference as the
 * generated help pages, with their table of contents; in a browser where one runs, else as plain text.
 */
public final class GuideView extends ViewPart {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.attest.app.guide";

    private static final String TOC = "help/toc.xml";

    private final Bundle bundle = FrameworkUtil.getBundle(GuideView.class);
    private Tree contents;
    private Browser browser;
    private StyledText text;

    /** Shows the table of contents on the left and the first page on the right. */
    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        contents = new Tree(sash, SWT.SINGLE);
        try {
            browser = new Browser(sash, SWT.NONE);
        } catch (SWTError e) {
            // no browser engine on this machine (e.g. no WebKitGTK): the pages are shown as text, which loses tables'
            // grid and links but not a word
            ILog.of(GuideView.class)
                    .info("The Attest Guide shows plain text: no browser is available (" + e.getMessage()
                            + ")");
            text = new StyledText(sash, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
            text.setMargins(8, 8, 8, 8);
        }
        sash.setWeights(1, 3);
        List<GuidePages.Topic> topics = GuidePages.topics(read(TOC));
        TreeItem parentItem = null;
        for (GuidePages.Topic topic : topics) {
            TreeItem item = topic.depth() <= 1 || parentItem == null
                    ? new TreeItem(contents, SWT.NONE)
                    : new TreeItem(parentItem, SWT.NONE);
            item.setText(topic.label());
            item.setData(topic);
            if (topic.depth() <= 1) {
                parentItem = item;
            }
        }
        for (TreeItem item : contents.getItems()) {
            item.setExpanded(true);
        }
        contents.addListener(SWT.Selection, e -> {
            if (e.item != null && e.item.getData() instanceof GuidePages.Topic topic) {
                show(topic);
            }
        });
        if (!topics.isEmpty()) {
            contents.setSelection(contents.getItem(0));
            show(topics.get(0));
        }
    }

    /** Shows {@code topic}'s page, scrolled to its heading. */
    void show(GuidePages.Topic topic) {
        if (browser != null) {
            try {
                URL page = FileLocator.toFileURL(bundle.getEntry(topic.page()));
                browser.setUrl(page + topic.href().substring(topic.page().length()));
            } catch (IOException e) {
                browser.setText("<p>The guide's page " + topic.page() + " cannot be read: " + e.getMessage() + "</p>");
            }
            return;
        }
        String page = GuidePages.plainText(read(topic.page()));
        text.setText(page);
        int at = page.indexOf("\n" + topic.label() + "\n");
        text.setTopIndex(at < 0 ? 0 : text.getLineAtOffset(at + 1));
    }

    /** Returns the text shown for the current page, for tests and for copying. */
    public String shownText() {
        return browser != null ? browser.getText() : text.getText();
    }

    /** Returns the labels of the table of contents' top-level entries. */
    public List<String> topicLabels() {
        return java.util.Arrays.stream(contents.getItems()).map(TreeItem::getText).toList();
    }

    private String read(String path) {
        URL entry = bundle.getEntry(path);
        if (entry == null) {
            return "The Attest Guide's file " + path + " is missing from " + bundle.getSymbolicName()
                    + "; reinstall Attest.";
        }
        try (InputStream in = entry.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "The Attest Guide's file " + path + " cannot be read (" + e.getMessage() + "); reinstall Attest.";
        }
    }

    @Override
    public void setFocus() {
        contents.setFocus();
    }
}
