import { defineElement } from '../shared/define.js';
import { IomEventCalendar } from './event-calendar.js';

defineElement('iom-event-calendar', IomEventCalendar);
export { IomEventCalendar };
