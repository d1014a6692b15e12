/** The layout, navigation, language switch, home dashboard, error pages and problem-details answers. */
@org.springframework.modulith.ApplicationModule
package vn.liaison.web;
