// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Mailflow::Workbench {

/// Shows the product's version and those of Qt, OpenSSL and KSyntaxHighlighting.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /// The text shown, also for tests and "Copy".
    static QString versionText();
};

} // namespace Mailflow::Workbench
