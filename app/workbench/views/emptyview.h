// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace Mailflow::Workbench {

/// Stands in for a view whose engine has not landed yet: says what the view
/// will show, so that a user is not left with a blank page.
class EmptyView : public QWidget
{
    Q_OBJECT
public:
    EmptyView(const QString &title, const QString &description, QWidget *parent = nullptr);

    QString title() const;

private:
    QLabel *m_title;
    QLabel *m_description;
};

} // namespace Mailflow::Workbench
