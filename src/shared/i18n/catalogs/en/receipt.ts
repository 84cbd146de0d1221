/**
 * The receipt page's words (keys start with `receipt.`). The English is the text buyers have always
 * read (the e2e tests assert it): change it only on purpose.
 */
export const receipt = {
  'receipt.documentTitle': 'Your receipt · Hotseat',
  'receipt.title': 'Your receipt',
  'receipt.missingToken.title': 'This receipt link is incomplete',
  'receipt.missingToken.body': 'Open the full link from your checkout confirmation; it ends with <code>#t=…</code>.',
  'receipt.loading': 'Loading your receipt…',
  'receipt.notFound.title': 'We couldn’t find this receipt',
  'receipt.notFound.body': 'Check that you opened the full link from your checkout confirmation or email.',
  'receipt.loadFailed.title': 'Your receipt could not be loaded',
  'receipt.loadFailed.body': 'Check your connection, then try again.',
  'receipt.keepNote':
    '<strong>Keep this page.</strong> Bookmark it to check on your order later. The link is private: anyone who has it can see this receipt, so don’t share it.',

  'receipt.live':
    '{status, select, online {Updating live} refused {Live updates unavailable — reload to refresh} offline {Offline — reconnecting when you’re back} other {Reconnecting…}}',

  'receipt.minutesOnAir': '{minutes} min on air',
  'receipt.status':
    "{status, select, pending_payment {Payment pending} pending_review {Waiting for the host to review} accepted {Accepted — you're in line} rejected {Not accepted — you were not charged} paid {Paid} refunded {Refunded} expired {Checkout expired — you were not charged} cancelled {Cancelled — you were not charged} on_air {You're on air} completed {Done — thanks for joining the show!} no_show {Missed your turn — you were not charged} other {{status}}}",
  'receipt.next.pendingPayment': 'Finish checkout to complete your order. Nothing is charged until then.',
  'receipt.next.pendingReview': 'Your card is only authorized. If the host does not accept, the hold is released and you pay nothing.',
  'receipt.next.accepted': "You'll be charged only after your time on air. Keep this page open: your join link appears here.",
  'receipt.next.paid': 'Thank you for supporting the show!',
  'receipt.next.merchShipped': 'Your order is on its way.',
  'receipt.next.merchToShip': 'Thanks! Your order will ship to the address you gave at checkout.',
  'receipt.next.refunded': 'The money is on its way back to your card; banks usually take 5–10 days.',
  'receipt.next.onAir': "You'll be charged once you've been on air as agreed; if you drop before that, the hold is released.",
  'receipt.next.completedCharged': 'Your card was charged for your time on air.',
  'receipt.next.completedSettling': 'Your payment is being settled.',
  'receipt.next.noShow': "You didn't join in time after the host called you, so the hold on your card was released.",

  'receipt.fact.name': 'Name',
  'receipt.fact.variant': 'Variant',
  'receipt.fact.charged': 'Charged',
  'receipt.fact.ordered': 'Ordered',
  'receipt.fact.shipped': 'Shipped',
  'receipt.fact.reference': 'Reference',
  'receipt.charged.yes': 'Yes, {amount}',
  'receipt.charged.authorizedOnly': 'Not yet — your card is only authorized',
  'receipt.charged.no': 'No',
  'receipt.shippedWithTracking': '{date} · tracking <code>{trackingNumber}</code>',

  'receipt.question.title': 'Your question',
  'receipt.message.title': 'Your message',
  'receipt.messageStatus':
    '{status, select, held {Your message is waiting for the host to approve it.} approved {Your message was approved and shown on stream.} rejected {Your message was not shown on stream.} other {}}',

  'receipt.join.title': '{onAir, select, yes {You’re on air now} other {Your join link}}',
  'receipt.join.onAirBody': 'Your seat is live. If your guest page closed, go back from here: your remaining time is kept.',
  'receipt.join.waitingBody': 'When it’s your turn, join from this device. Allow camera and microphone when asked.',
  'receipt.join.backToShow': 'Back to the show',
  'receipt.join.greenRoom': 'Join the green room',
  'receipt.join.linkSoon': 'Your link to join will appear here before your turn. Keep this page open.',
  'receipt.join.ifAccepted': 'If the host accepts you, your link to join will appear right here.',

  'receipt.selfies.title': '{count, plural, one {Your selfie} other {Your selfies}}',
  'receipt.selfies.empty': 'When the host takes your selfie on air, it appears here for you to download.',
  'receipt.selfie.alt': 'Selfie {number}, taken on air',
  'receipt.selfie.caption': 'Selfie {number} · {takenAt}',
  'receipt.selfie.loading': 'Loading your selfie…',
  'receipt.selfie.download': 'Download',
} as const;
