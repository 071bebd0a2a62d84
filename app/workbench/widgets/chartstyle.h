// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QChart;
class QPalette;

namespace Mailflow::Workbench {

/// Paints @p chart's background, title, legend and axes in @p palette's colours, so that
/// charts follow the light or dark palette like every other widget (series colours are the
/// caller's, from outcomeColor()/tlsVersionColor()).
void applyPaletteToChart(QChart *chart, const QPalette &palette);

} // namespace Mailflow::Workbench
