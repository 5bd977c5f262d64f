#pragma once

#include <QListWidget>

namespace faultless::model {
class FactorModel;
}

namespace faultless::views {

// A checkable list of the review's factors, for linking questions and opportunities to them.
// Emits `edited` with the checked ids when the user ticks or unticks one.
class FactorChecklist : public QListWidget
{
    Q_OBJECT
public:
    FactorChecklist(model::FactorModel &factors, QWidget *parent = nullptr);
    void setChecked(const QList<qint64> &factorIds);
    QList<qint64> checked() const;

signals:
    void edited(const QList<qint64> &factorIds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refill();

    model::FactorModel &m_factors;
    QList<qint64> m_checked;
    bool m_filling = false;
};

} // namespace faultless::views
