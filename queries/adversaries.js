// @name adversaries
// @description Actors at odds with ACTOR: net negative over disagreements, opposing stances and the sign of the Goldstein score of events between them, each with its evidence count.
// @arg actor actor required the actor
// @flag limit int 100 at most this many rows (0: all)
// @columns counterpart net evidence_n disagree support oppose coop conflict goldstein_mean articles
// @evidence sentences
// @subgraph

aligned(-1).forEach(emit);
