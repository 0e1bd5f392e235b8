package org.attest.ui.curation;

import org.attest.ui.colors.ColorCache;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The yellow line atop the curation editor that says why decisions are refused, hidden while they are allowed. */
final class ReadOnlyBanner {

    private final Label banner;

    /** Creates the hidden banner spanning {@code columns} columns of {@code parent}'s grid. */
    ReadOnlyBanner(Composite parent, int columns) {
        banner = new Label(parent, SWT.WRAP);
        GridData bannerData = new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1);
        bannerData.exclude = true;
        banner.setLayoutData(bannerData);
        banner.setVisible(false);
        banner.setBackground(new ColorCache(banner).color("#fff1b8"));
        banner.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_BLACK));
    }

    /** Shows "Read-only: " and {@code readOnly}, or hides the banner when it is null. */
    void show(String readOnly) {
        String text = readOnly == null ? "" : "Read-only: " + readOnly;
        banner.setText(text);
        ((GridData) banner.getLayoutData()).exclude = readOnly == null;
        banner.setVisible(readOnly != null);
        banner.getParent().layout();
    }
}
