/**
 * Chapter 10, 2002: the 9-9bis at Oignies, one of the basin's great mining
 * sites; how a pit worked (the headframe over the shaft, the miners lowered,
 * the coal brought up, with service buildings, railway tracks and terrils
 * around); the Mission's offices on the site.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['site', 'pit', 'offices'],
	holdSeconds: 4
});
