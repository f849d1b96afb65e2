#pragma once

#include <QString>

#include <functional>

class QAbstractSpinBox;
class QLineEdit;

namespace ait::gui {

// Qt's validators, length limits and spin-box ranges drop a refused keystroke or paste without a word,
// so a letter in a number field or the eighth digit of an amount simply vanishes (issue 14 item 26).
// These say why, next to the field (a tooltip at the field, also kept as its status tip), each time
// input is refused.
// `why` is asked at the moment of refusal, so a limit that a setting changes is said as it is then.
void explainRefusedInput(QLineEdit *edit, std::function<QString()> why);
void explainRefusedInput(QAbstractSpinBox *box, std::function<QString()> why);

// The last explanation shown for `edit` (or the spin box's own editor); empty if none yet. For tests
// and for assistive tools that read status tips.
QString lastRefusal(const QLineEdit *edit);
QString lastRefusal(const QAbstractSpinBox *box);

} // namespace ait::gui
