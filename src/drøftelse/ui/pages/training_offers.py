"""The Training step's offers of supplementary training (what the employer must be able to document) and the two
years pooled by a written agreement, of the member chosen in the page's members' table: the offers' table with
its buttons, and what the buttons do."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
)

from drøftelse.domain import training
from drøftelse.domain.danish_dates import short_date
from drøftelse.domain.errors import DroeftelseError
from drøftelse.services import annual
from drøftelse.ui.field_conflict import write_checked
from drøftelse.ui.member_dialogs import ANSWER_CHOICES, answer_label
from drøftelse.ui.page_models import days, member_name
from drøftelse.ui.pages.base import button_row
from drøftelse.ui.table_height import height_for_rows
from drøftelse.ui.table_models import Column, ComboDelegate, RecordTableModel
from drøftelse.ui.translation import translate


class OfferModel(RecordTableModel):
    """The selected member's offers of supplementary training (OfferRecord), newest first; the answer is chosen in
    its cell and written on the answer shown."""

    COL_ANSWER = 3

    def __init__(self, db, fetch, parent=None):
        columns = (
            Column(translate("OfferModel", "Tilbudt"), lambda o: short_date(o.offered_on)),
            Column(translate("OfferModel", "Dage"), lambda o: days(o.days)),
            Column(translate("OfferModel", "Hvad"), lambda o: o.title),
            Column(translate("OfferModel", "Svar"), lambda o: answer_label(o.answer), edit=lambda o: o.answer),
        )
        super().__init__(columns, parent=parent)
        self.db, self.fetch = db, fetch  # fetch(): the member's offers as stored now

    def store(self, record, column: int, value):
        write_checked(
            lambda vals, seen: annual.set_offer_answer(self.db, record.id, vals["answer"], seen=seen["answer"]),
            {"answer": value},
            {"answer": record.answer},
            show=lambda _field, answer: answer_label(answer or ""),
        )
        return next((o for o in self.fetch() if o.id == record.id), None)


class TrainingOffers:
    """The offers' part of the TrainingPage, which has the members' table (`selected_member`, `load_members`)."""

    def _build_offers(self, into: QVBoxLayout) -> None:
        """The chosen member's offers under the members' table: a title, the table, its buttons."""
        self.offers_label = QLabel()
        self.offers_label.setStyleSheet("font-weight: bold;")
        into.addWidget(self.offers_label)
        self.offer_model = OfferModel(self.ctx.db, self._fresh_offers, self)
        self.offers = QTableView()
        self.offers.setModel(self.offer_model)
        self.offers.setAccessibleName(translate("TrainingPage", "Tilbud om supplerende uddannelse"))
        self.offers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.offers.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.offers.setItemDelegateForColumn(
            OfferModel.COL_ANSWER,
            ComboDelegate([(translate("OfferDialog", label), value) for label, value in ANSWER_CHOICES], self.offers),
        )
        self.offers.verticalHeader().setVisible(False)
        self.offers.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        height_for_rows(self.offers, fewest_rows=1)
        into.addWidget(self.offers)
        into.addLayout(
            button_row(
                (translate("TrainingPage", "Registrér t&ilbud …"), self.add_offer),
                (translate("TrainingPage", "Fj&ern tilbud …"), self.remove_offer),
                (translate("TrainingPage", "Læg to år &sammen …"), self.agree_pooling),
                (translate("TrainingPage", "Fjern sammenlægning …"), self.remove_pooling),
            )
        )

    def _fresh_offers(self) -> list:
        m = self.selected_member()
        if m is None:
            return []
        fresh = next((x for x in annual.members(self.ctx.db, self._committee(), self._today()) if x.id == m.id), None)
        return list(fresh.offers) if fresh else []

    def load_offers(self) -> None:
        """The selected member's offers, under the members' table."""
        m = self.selected_member()
        if m is None:
            self.offers_label.setText(translate("TrainingPage", "Tilbud om supplerende uddannelse – vælg et medlem"))
            self.offer_model.sync([])
            return
        if m.offers:
            title = translate(
                "TrainingPage", "Tilbud om supplerende uddannelse til {0} (dobbeltklik på svaret for at ændre det)"
            )
        else:
            title = translate("TrainingPage", "Tilbud om supplerende uddannelse til {0}: ingen registreret endnu")
        self.offers_label.setText(title.format(member_name(m)))
        self.offer_model.sync(m.offers)

    def add_offer(self, values: tuple | None = None) -> None:
        """Record an offer of supplementary training to the selected member (the dialog, or `values`:
        offered_on, days, title, answer)."""
        from drøftelse.ui.member_dialogs import OfferDialog

        m = self.selected_member()
        if m is None:
            self.ctx.report(translate("TrainingPage", "Vælg først det medlem, der fik tilbuddet."))
            return
        if values is None:
            entitled = m.status.entitled_days or training.LATER_YEAR_DAYS
            dialog = OfferDialog(m.name, min(entitled, training.POOLED_DAYS), self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            values = dialog.values()
        offered_on, offered_days, title, answer = values
        try:
            annual.add_offer(self.ctx.db, m.id, offered_on, offered_days, title, answer)
        except DroeftelseError as e:
            self.ctx.report(e.message)
        self.load_members()

    def selected_offer(self):
        row = self.offers.currentIndex().row()
        return self.offer_model.record(row) if 0 <= row < self.offer_model.rowCount() else None

    def remove_offer(self) -> None:
        offer = self.selected_offer()
        if offer is None:
            self.ctx.report(translate("TrainingPage", "Vælg først et tilbud i listen."))
            return
        answer = QMessageBox.question(
            self,
            translate("TrainingPage", "Fjern tilbud"),
            translate("TrainingPage", "Fjern tilbuddet fra {0} om {1} dage? Det kan ikke fortrydes.").format(
                short_date(offer.offered_on), days(offer.days)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        annual.delete_offer(self.ctx.db, offer.id)
        self.load_members()

    def agree_pooling(self, values: tuple | None = None) -> None:
        """Pool a funktionsår with the next, agreed in writing (the dialog, or `values`: first_year, agreed_on,
        note); the refusal (the first year, a year already pooled) is said in a warning and nothing is stored."""
        from drøftelse.ui.member_dialogs import PoolingDialog

        m = self.selected_member()
        if m is None:
            self.ctx.report(translate("TrainingPage", "Vælg først et medlem i tabellen."))
            return
        if values is None:
            dialog = PoolingDialog(m.name, m.status.year_of_office, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            values = dialog.values()
        try:
            annual.agree_pooling(self.ctx.db, m.id, *values)
        except DroeftelseError as e:
            QMessageBox.warning(self, translate("TrainingPage", "Kan ikke lægges sammen"), e.message)
            return
        self.load_members()

    def remove_pooling(self) -> None:
        m = self.selected_member()
        if m is None or not m.pooled:
            self.ctx.report(translate("TrainingPage", "Vælg først et medlem med to år lagt sammen."))
            return
        choices = {
            translate("TrainingPage", "{0}. og {1}. funktionsår (aftalt {2})").format(
                p.first_year, p.first_year + 1, short_date(p.agreed_on)
            ): p
            for p in m.pooled
        }
        label, ok = QInputDialog.getItem(
            self,
            translate("TrainingPage", "Fjern sammenlægning"),
            translate("TrainingPage", "Hvilken sammenlægning skal fjernes? Årene tæller så hver for sig igen."),
            list(choices),
            0,
            False,
        )
        if ok and label in choices:
            annual.delete_pooling(self.ctx.db, choices[label].id)
            self.load_members()
