<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BadgeActions</name>
    <message numerus="yes">
        <location filename="../badges/actions.py" line="181"/>
        <source>%n badge(s) on %1: %2</source>
        <translation>
            <numerusform>%n badge on %1: %2</numerusform>
            <numerusform>%n badges on %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../badges/actions.py" line="182"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message numerus="yes">
        <location filename="../bookings/booking_dialog.py" line="220"/>
        <source> week(s)</source>
        <translation>
            <numerusform> week</numerusform>
            <numerusform> weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingsScreen</name>
    <message numerus="yes">
        <location filename="../bookings/screen.py" line="259"/>
        <source>%n booking(s) cancelled</source>
        <translation>
            <numerusform>%n booking cancelled</numerusform>
            <numerusform>%n bookings cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../bookings/screen.py" line="268"/>
        <source>Cancellation of %n booking(s) of %1</source>
        <translation>
            <numerusform>Cancellation of the booking of %1</numerusform>
            <numerusform>Cancellation of %n bookings of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../bookings/screen.py" line="321"/>
        <source>%n booking(s) changed</source>
        <translation>
            <numerusform>%n booking changed</numerusform>
            <numerusform>%n bookings changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../bookings/screen.py" line="329"/>
        <source>Change of %n booking(s) of %1</source>
        <translation>
            <numerusform>Change of the booking of %1</numerusform>
            <numerusform>Change of %n bookings of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../bookings/screen.py" line="370"/>
        <source>%n booking(s) made</source>
        <translation>
            <numerusform>%n booking made</numerusform>
            <numerusform>%n bookings made</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskLists</name>
    <message numerus="yes">
        <location filename="../frontdesk/lists.py" line="116"/>
        <source>Who is in: %n</source>
        <translation>
            <numerusform>Who is in: %n</numerusform>
            <numerusform>Who is in: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message numerus="yes">
        <location filename="../mail/actions.py" line="113"/>
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../mail/actions.py" line="115"/>
        <source>%n waiting (%1)</source>
        <translation>
            <numerusform>%n waiting (%1)</numerusform>
            <numerusform>%n waiting (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../mail/actions.py" line="117"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../mail/actions.py" line="119"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberCardDialog</name>
    <message numerus="yes">
        <location filename="../members/card_dialog.py" line="222"/>
        <source>Carnet: %n half day(s) left</source>
        <translation>
            <numerusform>Carnet: %n half day left</numerusform>
            <numerusform>Carnet: %n half days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NightNotice</name>
    <message numerus="yes">
        <location filename="../frontdesk/night_notice.py" line="41"/>
        <source>%n people checked out automatically at closing time: %1.</source>
        <translation>
            <numerusform>%n person checked out automatically at closing time: %1.</numerusform>
            <numerusform>%n people checked out automatically at closing time: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryWriter</name>
    <message numerus="yes">
        <location filename="../network/summary.py" line="34"/>
        <source>%n applied</source>
        <translation>
            <numerusform>%n applied</numerusform>
            <numerusform>%n applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../network/summary.py" line="35"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../network/summary.py" line="36"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../network/summary.py" line="37"/>
        <source>%n refused: key not accepted</source>
        <translation>
            <numerusform>%n refused: key not accepted</numerusform>
            <numerusform>%n refused: key not accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../network/summary.py" line="38"/>
        <source>%n refused: forged or damaged signature</source>
        <translation>
            <numerusform>%n refused: forged or damaged signature</numerusform>
            <numerusform>%n refused: forged or damaged signature</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../network/summary.py" line="40"/>
        <source>%n older, ignored</source>
        <translation>
            <numerusform>%n older, ignored</numerusform>
            <numerusform>%n older, ignored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../network/summary.py" line="41"/>
        <source>%n without a complete export</source>
        <translation>
            <numerusform>%n without a complete export</numerusform>
            <numerusform>%n without a complete export</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../network/summary.py" line="43"/>
        <source>%n row(s) applied</source>
        <translation>
            <numerusform>%n row applied</numerusform>
            <numerusform>%n rows applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../network/summary.py" line="43"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../network/summary.py" line="45"/>
        <source>%n row(s) waiting for their members</source>
        <translation>
            <numerusform>%n row waiting for their members</numerusform>
            <numerusform>%n rows waiting for their members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../network/summary.py" line="46"/>
        <source>%n place(s) read: %1 — %2.</source>
        <translation>
            <numerusform>%n place read: %1 — %2.</numerusform>
            <numerusform>%n places read: %1 — %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../network/summary.py" line="48"/>
        <source>This place&apos;s export %1 written (%n row(s)).</source>
        <translation>
            <numerusform>This place&apos;s export %1 written (%n row).</numerusform>
            <numerusform>This place&apos;s export %1 written (%n rows).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message numerus="yes">
        <location filename="../reports/screen.py" line="124"/>
        <location filename="../reports/screen.py" line="127"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/screen.py" line="125"/>
        <source>%n person(s) in now</source>
        <translation>
            <numerusform>%n person in now</numerusform>
            <numerusform>%n people in now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/screen.py" line="128"/>
        <source>Last week by the same day: %n visit(s)</source>
        <translation>
            <numerusform>Last week by the same day: %n visit</numerusform>
            <numerusform>Last week by the same day: %n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/screen.py" line="131"/>
        <source>%n half day(s) left</source>
        <translation>
            <numerusform>%n half day left</numerusform>
            <numerusform>%n half days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/screen.py" line="133"/>
        <source>%n carnet(s)</source>
        <translation>
            <numerusform>%n carnet</numerusform>
            <numerusform>%n carnets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/screen.py" line="135"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitorLogDialog</name>
    <message numerus="yes">
        <location filename="../members/visitor_log_dialog.py" line="90"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
</context>
</TS>
