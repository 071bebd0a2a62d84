// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "common/versioninfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

using Mailflow::Workbench::MainWindow;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Mailflow Workbench"));
    QApplication::setOrganizationName(QStringLiteral("Mailflow"));
    QApplication::setApplicationVersion(Mailflow::versionInfo().product);

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("mailflow"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Diagnoses SMTP TLS problems with Exchange Online."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG of the main window to <file> once it is shown, then quit."),
        QStringLiteral("file"));
    const QCommandLineOption view(QStringLiteral("view"),
        QApplication::translate("main", "Start in <view>: logs, probe, decode or diagnose."), QStringLiteral("view"));
    parser.addOptions({screenshot, view});
    parser.addPositionalArgument(QStringLiteral("paths"),
        QApplication::translate("main", "Protocol log files or folders to open."), QStringLiteral("[paths...]"));
    parser.process(app);

    MainWindow window;
    if (parser.isSet(view)) {
        static const QStringList names = {QStringLiteral("logs"), QStringLiteral("probe"), QStringLiteral("decode"),
                                          QStringLiteral("diagnose")};
        const qsizetype index = names.indexOf(parser.value(view).toLower());
        if (index < 0) {
            qCritical("unknown view '%s' (logs, probe, decode or diagnose)", qPrintable(parser.value(view)));
            return 2;
        }
        window.showView(static_cast<MainWindow::View>(index));
    }
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openPaths(parser.positionalArguments());

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(300, &window, [&window, file] {
            QApplication::exit(window.saveScreenshot(file) ? 0 : 1);
        });
    }
    return QApplication::exec();
}
