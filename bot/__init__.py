"""The Telegram layer of newsbot. It imports :mod:`knowledge`; knowledge never imports it."""
