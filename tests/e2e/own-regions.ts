/**
 * What the own-region browser tests share: the own regions their links carry, the view of Innlandet's
 * jobs they open on the ranking and the map.
 */

/** Moss + Råde + Våler as «Vår region» (equal to the shipped Mosseregionen). */
export const MOSSE = 'g1=V%C3%A5r+region%3A3103%2C3112%2C3114';
/** Glåmdalen's six kommuner: Kongsvinger, Nord-Odal, Sør-Odal, Eidskog, Grue, Åsnes. */
export const GLAMDALEN = 'g1=Gl%C3%A5mdalen%3A3401%2C3414%2C3415%2C3416%2C3417%2C3418';
/** Jobs growth 2017–2022 among Innlandet's 46 kommuner, with Glåmdalen beside them (SSB 11618). */
export const INNLANDET_JOBS = `indicator=sysselsatte&level=kommune&fylke=34&from=2017&to=2022&measure=growth&${GLAMDALEN}`;
