//! The reader's state and its reducer. The view is a function of this one
//! value; hover, focus, taps, the filter and loading are actions on it.

use std::rc::Rc;

use yew::Reducible;

use super::layout::Doc;

/// Which claims stay marked.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Filter {
    /// Every claim.
    #[default]
    All,
    /// The claims of one source (by id), including those it makes as part of
    /// a group.
    Source(String),
    /// The claims in the writer's own voice.
    Unattributed,
}

impl Filter {
    /// Whether the claim at `index` stays marked under this filter.
    pub fn keeps(&self, doc: &Doc, index: usize) -> bool {
        let Some(claim) = doc.analysis.claims.get(index) else {
            return false;
        };
        match self {
            Filter::All => true,
            Filter::Unattributed => claim.source.is_none(),
            Filter::Source(id) => match doc.analysis.source_of(claim) {
                Some(source) => &source.id == id || source.members.contains(id),
                None => false,
            },
        }
    }
}

/// Where the article is in its life.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Fetching the article at this address.
    Loading(String),
    /// An article is shown.
    Ready,
    /// Loading failed; the message says why in words for the reader.
    Failed(String),
}

/// The open card: which claim, and whether a tap or Enter pinned it (a pinned
/// card stays until closed; a hover or focus card follows the pointer/focus).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenCard {
    pub claim: usize,
    pub pinned: bool,
}

/// Everything the reader shows.
#[derive(Debug, Clone, PartialEq)]
pub struct ReaderState {
    pub doc: Option<Rc<Doc>>,
    pub status: Status,
    pub filter: Filter,
    pub open: Option<OpenCard>,
    /// The pointer is over the open claim or its card.
    pub hovering: bool,
    /// The claim holding keyboard focus.
    pub focused: Option<usize>,
    /// The claim flashing after a jump, with the jump's number (a later jump
    /// must not be cut short by an earlier one's timer).
    pub flash: Option<(usize, u32)>,
    jumps: u32,
}

impl Default for ReaderState {
    fn default() -> Self {
        ReaderState {
            doc: None,
            status: Status::Loading(String::new()),
            filter: Filter::All,
            open: None,
            hovering: false,
            focused: None,
            flash: None,
            jumps: 0,
        }
    }
}

impl ReaderState {
    /// A reader showing `doc` from the start.
    pub fn showing(doc: Rc<Doc>) -> Self {
        ReaderState {
            doc: Some(doc),
            status: Status::Ready,
            ..ReaderState::default()
        }
    }

    /// The claim whose card is open.
    pub fn open_claim(&self) -> Option<usize> {
        self.open.map(|o| o.claim)
    }

    /// The number the next jump will get.
    pub fn next_jump(&self) -> u32 {
        self.jumps + 1
    }
}

/// What can happen to the reader.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Started fetching an article.
    Loading(String),
    /// Fetching or reading failed.
    Failed(String),
    /// A new article, analysed and laid out.
    Show(Rc<Doc>),
    SetFilter(Filter),
    /// The pointer entered a claim.
    Hover(usize),
    /// The pointer entered the card.
    HoverCard,
    /// The pointer left the claim and the card (after a short grace period).
    HoverEnd,
    /// A claim got keyboard focus.
    Focus(usize),
    /// A claim lost focus to something outside the card.
    Blur(usize),
    /// A tap or click on a claim, or Enter/Space on it: pins its card, or
    /// closes it when already pinned.
    Tap(usize),
    /// Pins the card of a claim (a jump from another card).
    Pin(usize),
    /// Escape, the close button, or a tap elsewhere.
    Close,
    /// Flashes a claim after a jump.
    Flash(usize),
    /// The flash of this jump is over.
    FlashEnd(u32),
}

impl Action {
    /// What a pointer leaving a claim does, by where it went: onto the card
    /// (which stays), onto another claim (its card), or elsewhere (`None`:
    /// the hover ends after the grace period). The reader and the embed
    /// share it.
    pub fn on_leaving(to_card: bool, to_claim: Option<usize>) -> Option<Action> {
        if to_card {
            Some(Action::HoverCard)
        } else {
            to_claim.map(Action::Hover)
        }
    }
}

impl Reducible for ReaderState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        let visible =
            |s: &ReaderState, i: usize| s.doc.as_ref().is_some_and(|doc| s.filter.keeps(doc, i));
        match action {
            Action::Loading(url) => s.status = Status::Loading(url),
            Action::Failed(why) => s.status = Status::Failed(why),
            Action::Show(doc) => {
                s = ReaderState {
                    doc: Some(doc),
                    status: Status::Ready,
                    jumps: s.jumps,
                    ..ReaderState::default()
                };
            }
            Action::SetFilter(filter) => {
                s.filter = filter;
                if let Some(open) = s.open {
                    if !visible(&s, open.claim) {
                        s.open = None;
                    }
                }
            }
            Action::Hover(i) => {
                if !visible(&s, i) {
                    return self;
                }
                s.hovering = true;
                match s.open {
                    Some(open) if open.pinned && open.claim != i => {}
                    Some(open) if open.claim == i => {}
                    _ => {
                        s.open = Some(OpenCard {
                            claim: i,
                            pinned: false,
                        })
                    }
                }
            }
            Action::HoverCard => s.hovering = s.open.is_some(),
            Action::HoverEnd => {
                s.hovering = false;
                if let Some(open) = s.open {
                    if !open.pinned && s.focused != Some(open.claim) {
                        s.open = None;
                    }
                }
            }
            Action::Focus(i) => {
                if !visible(&s, i) {
                    return self;
                }
                s.focused = Some(i);
                if s.open.map(|o| o.claim) != Some(i) {
                    s.open = Some(OpenCard {
                        claim: i,
                        pinned: false,
                    });
                }
            }
            Action::Blur(i) => {
                if s.focused == Some(i) {
                    s.focused = None;
                }
                if let Some(open) = s.open {
                    if open.claim == i && !open.pinned && !s.hovering {
                        s.open = None;
                    }
                }
            }
            Action::Tap(i) => {
                if !visible(&s, i) {
                    return self;
                }
                s.open = match s.open {
                    Some(OpenCard {
                        claim,
                        pinned: true,
                    }) if claim == i => None,
                    _ => Some(OpenCard {
                        claim: i,
                        pinned: true,
                    }),
                };
            }
            Action::Pin(i) => {
                if visible(&s, i) {
                    s.open = Some(OpenCard {
                        claim: i,
                        pinned: true,
                    });
                }
            }
            Action::Close => {
                s.open = None;
                s.hovering = false;
            }
            Action::Flash(i) => {
                s.jumps += 1;
                s.flash = Some((i, s.jumps));
            }
            Action::FlashEnd(jump) => {
                if s.flash.is_some_and(|(_, j)| j == jump) {
                    s.flash = None;
                } else {
                    return self;
                }
            }
        }
        Rc::new(s)
    }
}
